package dev.transcheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UScript;
import dev.transcheck.lang.LanguageProfile;
import dev.transcheck.lang.LanguageProfiles;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scripts a language is expected in: the profile's answer is ICU's, and ICU answers for the rest. */
class PairValidationTest {
    @Test
    void everyProfilesScriptIsIcusLikelyScript() {
        int compared = 0;
        for (LanguageProfile p : LanguageProfiles.all()) {
            assertArrayEquals(UScript.getCode(new Locale(p.code())), PairValidation.expectedScripts(p.code()), p.code());
            compared += p.script() == LanguageProfile.Script.OTHER ? 0 : 1;
        }
        assertTrue(compared >= 3, "profiles with a script: " + compared);
    }

    @Test
    void aLanguageWithoutAProfileAsksIcu() {
        for (String code : new String[] {"el", "ka", "hy", "sr", "zz"}) {
            assertArrayEquals(UScript.getCode(new Locale(code)), PairValidation.expectedScripts(code), code);
        }
    }
}
