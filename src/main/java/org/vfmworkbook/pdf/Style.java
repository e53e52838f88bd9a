package org.vfmworkbook.pdf;

import java.awt.Color;

/** The type styles of every PDF here (the report, the members' and partners' summaries, the session pack). */
public enum Style {
    TITLE(24, true, Palette.INK),
    TITLE_SMALL(20, true, Palette.INK),
    LEAD(20, false, Palette.INK),
    LEAD_SMALL(16, false, Palette.INK),
    H1(17, true, Palette.INK),
    H2(12.5f, true, Palette.INK),
    H3(10.5f, true, Palette.INK),
    BODY(10, false, Palette.INK),
    BOLD(10, true, Palette.INK),
    NARRATIVE(9.5f, false, Palette.INK),
    CAVEAT(9, false, Palette.INK),
    SMALL(8, false, Palette.INK),
    SMALL_BOLD(8, true, Palette.INK),
    SOURCE(8, false, Palette.GREY),
    NOTE(7.5f, false, Palette.GREY),
    MUTED(10, false, Palette.GREY),
    CAPTION(11, false, Palette.GREY),
    CHIP(10, true, Color.WHITE);

    final float size;
    final boolean bold;
    final Color colour;

    Style(float size, boolean bold, Color colour) {
        this.size = size;
        this.bold = bold;
        this.colour = colour;
    }

    /** The colours the documents share. */
    public static final class Palette {
        public static final Color INK = new Color(0x0b, 0x0c, 0x0c);
        public static final Color GREY = new Color(0x50, 0x5a, 0x5f);
        public static final Color RULE = new Color(0xb1, 0xb4, 0xb6);
        public static final Color SHADE = new Color(0xf3, 0xf2, 0xf1);
        public static final Color RED = new Color(0xd4, 0x35, 0x1c);
        public static final Color ORANGE = new Color(0xf4, 0x77, 0x38);
        public static final Color GREEN = new Color(0x00, 0x70, 0x3c);
        public static final Color YELLOW = new Color(0xff, 0xdd, 0x00);

        private Palette() {}
    }
}
