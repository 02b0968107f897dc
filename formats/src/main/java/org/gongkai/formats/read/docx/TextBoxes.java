package org.gongkai.formats.read.docx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The paragraphs of text boxes anchored in a paragraph (POI's paragraph text leaves them out). Word
 * writes a text box twice (DrawingML and a VML fallback); each paragraph text is kept once.
 */
final class TextBoxes {
    private static final String PATH =
            "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
                    + ".//w:txbxContent/w:p";

    private TextBoxes() {}

    static List<String> texts(XWPFParagraph paragraph) {
        XmlObject[] boxes = paragraph.getCTP().selectPath(PATH);
        if (boxes.length == 0) {
            return List.of();
        }
        Set<String> texts = new LinkedHashSet<>();
        for (XmlObject p : boxes) {
            try (XmlCursor cursor = p.newCursor()) {
                String text = cursor.getTextValue().strip();
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return new ArrayList<>(texts);
    }
}
