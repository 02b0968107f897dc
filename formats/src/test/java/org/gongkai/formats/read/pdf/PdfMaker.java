package org.gongkai.formats.read.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes small test PDFs with text placed at given positions (ASCII only: a standard-14 font). */
public final class PdfMaker {
    /** Text at x (from the left) and y (from the top), in points. */
    public record Placed(String text, float x, float y) {}

    private final List<List<Placed>> pages = new ArrayList<>();

    public PdfMaker page() {
        pages.add(new ArrayList<>());
        return this;
    }

    public PdfMaker text(String text, float x, float y) {
        pages.get(pages.size() - 1).add(new Placed(text, x, y));
        return this;
    }

    /** A row of cells at the given x-positions; null leaves the cell blank. */
    public PdfMaker row(float y, float[] xs, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                text(cells[i], xs[i], y);
            }
        }
        return this;
    }

    public void write(Path file) throws IOException {
        write(file, null);
    }

    public void write(Path file, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<Placed> content : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (content.isEmpty()) {
                        cs.addRect(50, 50, 200, 200); // a drawing, no text: like a scanned page
                        cs.fill();
                    }
                    for (Placed p : content) {
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(p.x(), height - p.y());
                        cs.showText(p.text());
                        cs.endText();
                    }
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
    }
}
