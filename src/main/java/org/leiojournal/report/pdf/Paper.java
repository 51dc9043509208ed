package org.leiojournal.report.pdf;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a report is laid out for: A4 everywhere but in the United States and Canada, which use US Letter. */
public enum Paper {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    PDRectangle size() {
        return size;
    }

    /** US Letter for a locale of the United States or Canada, A4 for any other. */
    public static Paper forLocale(Locale locale) {
        String country = locale.getCountry();
        return "US".equals(country) || "CA".equals(country) ? LETTER : A4;
    }
}
