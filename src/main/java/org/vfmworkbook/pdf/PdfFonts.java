package org.vfmworkbook.pdf;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * The embedded fonts of the PDF: DejaVu Sans, which has £, curly quotes, accented letters and common emoji. Read
 * once; a missing font fails with the package to install. Also maps the charts' AWT fonts onto the same fonts, so
 * chart text is embedded DejaVu too.
 */
final class PdfFonts implements FontMapper {

    static final Path DIRECTORY = Path.of("/usr/share/fonts/truetype/dejavu");
    static final String AWT_FAMILY = "DejaVu Sans";

    final BaseFont regular;
    final BaseFont bold;

    private PdfFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PdfFonts load() {
        return new PdfFonts(font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
    }

    private static BaseFont font(String file) {
        Path path = DIRECTORY.resolve(file);
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("The PDF report needs the font " + path
                    + ", which is missing: install it with 'apt-get install -y fontconfig fonts-dejavu-core'.");
        }
        try {
            return BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new IllegalStateException("The font " + path + " could not be read: " + e.getMessage(), e);
        }
    }

    com.lowagie.text.Font font(float size, boolean isBold) {
        return new com.lowagie.text.Font(isBold ? bold : regular, size);
    }

    com.lowagie.text.Font font(float size, boolean isBold, java.awt.Color colour) {
        com.lowagie.text.Font font = font(size, isBold);
        font.setColor(colour);
        return font;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        return font.isBold() ? bold : regular;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return new Font(AWT_FAMILY, font == bold ? Font.BOLD : Font.PLAIN, size);
    }
}
