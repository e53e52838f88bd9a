package org.vfmworkbook.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * A Theory of Change drawn as boxes and arrows, filling the rest of a page: one band per stage from top to bottom (where we are
 * now, activities, milestones, outcomes, where we want to be), the stage's name in a coloured label on the left and its boxes side
 * by side, each box's text wrapped inside it; arrows run from every box of a stage through a bar to every box of the next. The type
 * is the largest, from 9 points down to 5.5, at which every band fits the page; the form's length limits keep even full boxes
 * within it at the smallest.
 *
 * @param stages the stages in order, each with at least one box
 */
public record TheoryOfChangeDiagram(List<Stage> stages) {

    /** A stage: its name and its boxes. */
    public record Stage(String heading, List<Box> boxes) {}

    /** A box: its text (set in bold) and the lines under it (date, evidence, measure). */
    public record Box(String text, List<String> details) {}

    private static final float LABEL_WIDTH = 84;
    private static final float LABEL_GAP = 8;
    private static final float BOX_GAP = 8;
    private static final float BAND_GAP = 20;
    private static final float PAD = 4;
    private static final float ARROW = 4;
    private static final float LARGEST = 9;
    private static final float SMALLEST = 5.5f;
    private static final Color[] COLOURS = {
        Style.Palette.GREY,
        new Color(0x1d, 0x70, 0xb8),
        new Color(0x4c, 0x2c, 0x92),
        Style.Palette.GREEN,
        Style.Palette.INK
    };

    /** The layout worked out: the type size and each band's height. */
    record Layout(float size, float[] heights, boolean fits) {}

    void draw(PdfContentByte canvas, PdfFonts fonts, float left, float bottom, float right, float top) {
        Layout layout = layout(canvas, fonts, right - left, top - bottom);
        float boxesLeft = left + LABEL_WIDTH + LABEL_GAP;
        float y = top;
        List<Float> previousCentres = null;
        float previousBottom = 0;
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            float height = layout.heights()[i];
            Color colour = COLOURS[i % COLOURS.length];
            canvas.setColorFill(colour);
            canvas.roundRectangle(left, y - height, LABEL_WIDTH, height, 3);
            canvas.fill();
            text(canvas, List.of(label(stage, fonts, layout.size())), left, y - height, left + LABEL_WIDTH, y);
            List<Float> centres = new ArrayList<>();
            float width = boxWidth(right - boxesLeft, stage.boxes().size());
            for (int b = 0; b < stage.boxes().size(); b++) {
                float x = boxesLeft + b * (width + BOX_GAP);
                canvas.setColorFill(Style.Palette.SHADE);
                canvas.setColorStroke(colour);
                canvas.setLineWidth(1.2f);
                canvas.roundRectangle(x, y - height, width, height, 3);
                canvas.fillStroke();
                text(canvas, paragraphs(stage.boxes().get(b), fonts, layout.size()), x, y - height, x + width, y);
                centres.add(x + width / 2);
            }
            if (previousCentres != null) {
                arrows(canvas, previousCentres, centres, previousBottom, y);
            }
            previousCentres = centres;
            previousBottom = y - height;
            y -= height + BAND_GAP;
        }
    }

    /** The largest type at which every band fits {@code height}; the smallest when none does. */
    Layout layout(PdfContentByte canvas, PdfFonts fonts, float width, float height) {
        float boxesWidth = width - LABEL_WIDTH - LABEL_GAP;
        for (float size = LARGEST; size >= SMALLEST; size -= 0.5f) {
            float[] heights = new float[stages.size()];
            float total = BAND_GAP * (stages.size() - 1);
            for (int i = 0; i < stages.size(); i++) {
                Stage stage = stages.get(i);
                float boxWidth = boxWidth(boxesWidth, stage.boxes().size());
                float needed = measure(canvas, List.of(label(stage, fonts, size)), LABEL_WIDTH);
                for (Box box : stage.boxes()) {
                    needed = Math.max(needed, measure(canvas, paragraphs(box, fonts, size), boxWidth));
                }
                heights[i] = needed;
                total += needed;
            }
            if (total <= height || size - 0.5f < SMALLEST) {
                return new Layout(size, heights, total <= height);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static float boxWidth(float boxesWidth, int boxes) {
        int n = Math.max(1, boxes);
        return (boxesWidth - BOX_GAP * (n - 1)) / n;
    }

    private static List<Paragraph> paragraphs(Box box, PdfFonts fonts, float size) {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new Paragraph(size * 1.25f, box.text(), fonts.font(size, true, Style.Palette.INK)));
        float small = size - 1;
        for (String detail : box.details()) {
            Paragraph p = new Paragraph(small * 1.25f, detail, fonts.font(small, false, Style.Palette.GREY));
            p.setSpacingBefore(1.5f);
            paragraphs.add(p);
        }
        return paragraphs;
    }

    /** The height the paragraphs take in a box {@code width} wide, padding included. */
    private static float measure(PdfContentByte canvas, List<Paragraph> paragraphs, float width) {
        ColumnText column = column(canvas, paragraphs);
        float top = 100_000;
        column.setSimpleColumn(PAD, 0, width - PAD, top - PAD);
        try {
            column.go(true);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("The diagram's text could not be measured: " + e.getMessage(), e);
        }
        return top - column.getYLine() + 2 * PAD;
    }

    private static Paragraph label(Stage stage, PdfFonts fonts, float size) {
        return new Paragraph(size * 1.25f, stage.heading(), fonts.font(size, true, Color.WHITE));
    }

    private static void text(
            PdfContentByte canvas, List<Paragraph> paragraphs, float llx, float lly, float urx, float ury) {
        ColumnText column = column(canvas, paragraphs);
        column.setSimpleColumn(llx + PAD, lly + PAD, urx - PAD, ury - PAD);
        try {
            column.go();
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("The diagram's text could not be set: " + e.getMessage(), e);
        }
    }

    private static ColumnText column(PdfContentByte canvas, List<Paragraph> paragraphs) {
        ColumnText column = new ColumnText(canvas);
        paragraphs.forEach(p -> {
            p.setAlignment(Element.ALIGN_LEFT);
            column.addElement(p);
        });
        return column;
    }

    /** From each box above down to a bar half-way, and from the bar an arrow to each box below. */
    private static void arrows(PdfContentByte canvas, List<Float> from, List<Float> to, float fromY, float toY) {
        float bar = (fromY + toY) / 2;
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        canvas.setColorStroke(Style.Palette.GREY);
        canvas.setColorFill(Style.Palette.GREY);
        canvas.setLineWidth(1);
        for (float x : from) {
            canvas.moveTo(x, fromY);
            canvas.lineTo(x, bar);
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        for (float x : to) {
            canvas.moveTo(x, bar);
            canvas.lineTo(x, toY + ARROW);
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (max > min) {
            canvas.moveTo(min, bar);
            canvas.lineTo(max, bar);
        }
        canvas.stroke();
        for (float x : to) {
            canvas.moveTo(x - ARROW, toY + ARROW);
            canvas.lineTo(x + ARROW, toY + ARROW);
            canvas.lineTo(x, toY);
            canvas.closePath();
        }
        canvas.fill();
    }
}
