package dev.transcheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of the week named in a sentence, in English, Ukrainian and Russian, each with the
 * day's number (0 Monday to 6 Sunday). Ukrainian and Russian forms are matched in every case and
 * number (у п'ятницю, до четверга, по субботам). The Russian «среда» also means an environment
 * («окружающая среда», «в среде»): it counts only after a preposition that takes a day (в среду,
 * по средам, со среды, до среды).
 */
public final class Weekdays {
    /** One weekday named at {@code [start, end)} of the text searched. */
    public record Mention(int start, int end, int day) {
    }

    private static final String AP = "['\u2019\u02bc]";
    private static final String B = "(?<![\\p{L}\\p{M}])";
    private static final String E = "(?![\\p{L}\\p{M}])";

    /** Per language, one pattern per day, Monday first. */
    private static final Map<String, List<Pattern>> DAYS = Map.of(
            "en", days(false, "Mondays?", "Tuesdays?", "Wednesdays?", "Thursdays?", "Fridays?", "Saturdays?", "Sundays?"),
            "uk", days(true, "понеділ(?:ок|ка|ку|ком|ки|кам|ках|ків)", "вівтор(?:ок|ка|ку|ком|ки|кам|ках|ків)",
                    "серед(?:а|и|у|ою|ам|ами|ах)", "четвер(?:га|гу|гом|ги|гам|гах|гів)?", "п" + AP + "ятниц(?:я|і|ю|ею|ям|ями|ях)",
                    "субот(?:а|и|і|у|ою|ам|ами|ах)", "неділ(?:я|і|ю|ею|ям|ями|ях)"),
            "ru", days(true, "понедельник(?:а|у|ом|е|и|ам|ах|ов)?", "вторник(?:а|у|ом|е|и|ам|ах|ов)?",
                    "(?<=(?:в|во|по|со|до) )сред(?:у|ам|ы)", "четверг(?:а|у|ом|е|и|ам|ах|ов)?", "пятниц(?:а|ы|у|ей|е|ам|ами|ах)",
                    "суббот(?:а|ы|у|ой|е|ам|ами|ах)", "воскресень(?:е|я|ю|ем|ям|ями|ях)"));

    private static List<Pattern> days(boolean ignoreCase, String... forms) {
        List<Pattern> out = new ArrayList<>();
        for (String f : forms) {
            out.add(Pattern.compile(B + f + E, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
        }
        return List.copyOf(out);
    }

    /** A cheap first look: the letters every weekday name of the language starts with, as a pattern. */
    private static final Map<String, Pattern> ANY = Map.of(
            "en", Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),
            "uk", Pattern.compile("(?iu)понеділ|вівтор|серед|четвер|ятниц|субот|неділ"),
            "ru", Pattern.compile("(?iu)понедельник|вторник|сред|четверг|пятниц|суббот|воскресень"));

    private Weekdays() {
    }

    /** The weekdays named in {@code text} (in {@code lang}), in text order; none for another language. */
    public static List<Mention> in(String text, String lang) {
        Pattern any = ANY.get(lang);
        if (any == null || !any.matcher(text).find()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        List<Pattern> ps = DAYS.get(lang);
        for (int d = 0; d < ps.size(); d++) {
            Matcher m = ps.get(d).matcher(text);
            while (m.find()) {
                out.add(new Mention(m.start(), m.end(), d));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }
}
