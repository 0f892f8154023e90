@echo off
rem transcheck launcher for Windows: builds the jar on first use (with mvn, else mvnw.cmd), then runs it.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\transcheck.jar"
if not exist "%JAR%" (
  echo transcheck: building ^(first use^)... 1>&2
  where mvn >nul 2>nul
  if errorlevel 1 (
    call "%HERE%mvnw.cmd" -q -B -DskipTests -f "%HERE%pom.xml" package >nul || (echo transcheck: build failed 1>&2 & exit /b 2)
  ) else (
    call mvn -q -B -DskipTests -f "%HERE%pom.xml" package >nul || (echo transcheck: build failed 1>&2 & exit /b 2)
  )
)
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dtranscheck.home="%HERE:~0,-1%" -jar "%JAR%" %*
