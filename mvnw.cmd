@echo off
rem Maven for a machine with only a JDK: the Maven named in .mvn\wrapper\maven-wrapper.properties,
rem fetched once from the Maven repository and checked against its SHA-512.
setlocal
set "HERE=%~dp0"
for /f "usebackq delims=" %%h in (`java "%HERE%.mvn\wrapper\MavenWrapper.java" "%HERE%.mvn\wrapper\maven-wrapper.properties" "%USERPROFILE%\.m2\wrapper\dists"`) do set "MVN_HOME=%%h"
if not defined MVN_HOME exit /b 2
call "%MVN_HOME%\bin\mvn.cmd" %*
