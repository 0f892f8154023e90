package dev.transcheck.glossary;

/**
 * One written form of a concept in one language.
 *
 * @param romanisedFrom for a person's name in a Latin-script language: the language the name is
 *                      romanised from ({@code ru} for Vladimir Putin, {@code uk} for Volodymyr
 *                      Zelensky), or null
 * @param origin        where the row came from ("glossaries/people.csv:12"), for messages
 */
public record Term(String lang, String form, TermStatus status, String note, String romanisedFrom, String origin) {
}
