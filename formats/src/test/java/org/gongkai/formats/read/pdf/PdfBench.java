package org.gongkai.formats.read.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongkai.core.SharedDir;

/**
 * Whole-extraction benchmark: reads each corpus PDF N times (after a warm-up) and prints the median
 * milliseconds per document and pages per second. Run from the module directory:
 * {@code java -cp <test classpath> org.gongkai.formats.read.pdf.PdfBench [runs]}.
 */
public final class PdfBench {
    private PdfBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path corpus = SharedDir.find()
                .orElseThrow(() -> new IllegalStateException("shared/ not found"))
                .resolve("corpus-dev");
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(corpus)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        PdfExtractor extractor = new PdfExtractor();
        for (int i = 0; i < 10; i++) {
            for (Path pdf : pdfs) {
                extractor.extract(pdf); // warm-up
            }
        }
        for (Path pdf : pdfs) {
            int pages;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                pages = doc.getNumberOfPages();
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                extractor.extract(pdf);
                ms.add((System.nanoTime() - start) / 1e6);
            }
            ms.sort(Double::compare);
            List<Double> glyphMs = new ArrayList<>();
            List<Double> layoutMs = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                List<List<Glyph>> glyphs;
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    glyphs = new GlyphCollector().pages(doc, 10_000);
                }
                long mid = System.nanoTime();
                PdfExtractor.assemble(glyphs);
                glyphMs.add((mid - start) / 1e6);
                layoutMs.add((System.nanoTime() - mid) / 1e6);
            }
            glyphMs.sort(Double::compare);
            layoutMs.sort(Double::compare);
            double median = ms.get(ms.size() / 2);
            System.out.printf(
                    "%-50s %3d pages  median %7.1f ms  min %7.1f ms  %6.0f pages/s"
                            + "  (median PDFBox text %5.1f ms, layout %5.1f ms)%n",
                    pdf.getFileName(),
                    pages,
                    median,
                    ms.get(0),
                    pages * 1000 / median,
                    glyphMs.get(runs / 2),
                    layoutMs.get(runs / 2));
        }
    }
}
