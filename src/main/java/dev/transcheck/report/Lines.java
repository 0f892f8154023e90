package dev.transcheck.report;

import java.util.Arrays;

/** Line and column (both 1-based, columns in UTF-16 units) of offsets into one text. */
final class Lines {
    private final int[] starts;

    Lines(String text) {
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    /** The 1-based line of {@code offset}. */
    int line(int offset) {
        int k = Arrays.binarySearch(starts, offset);
        return k >= 0 ? k + 1 : -k - 1;
    }

    /** The 1-based column of {@code offset} on its line. */
    int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }
}
