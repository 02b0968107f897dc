package org.gongkai.formats.render;

import org.gongkai.core.disclosure.Disclosure;

/**
 * Writes a disclosure in one publishing format. Renderers only lay out what the disclosure says: they
 * compute nothing and decide nothing (ARCHITECTURE.md, "adapters map, they do not decide").
 */
public interface Renderer {
    /** The complete document text. */
    String render(Disclosure disclosure);
}
