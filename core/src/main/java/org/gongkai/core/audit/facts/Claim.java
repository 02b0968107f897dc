package org.gongkai.core.audit.facts;

import java.math.BigDecimal;
import org.gongkai.core.audit.Location;

/**
 * One statement of a narrative sentence, with its character span in the paragraph.
 *
 * @param kind what is stated
 * @param subject what it is about
 * @param period 本年 or 上年 (amounts only)
 * @param figure the money figure (AMOUNT, CHANGE), else null
 * @param percent the percentage (SHARE, RATE), else null
 * @param direction +1 增加/增长, −1 减少/下降, 0 持平/none
 * @param word the direction word as printed ("增加", "下降", "持平"), or the reason text for REASON
 * @param topic the section topic
 * @param paragraph index of the paragraph among the disclosure's paragraphs
 * @param sentence index of the sentence within the paragraph (split at 。；)
 * @param location section + quoted span
 */
public record Claim(
        Kind kind,
        Subject subject,
        Period period,
        Figure figure,
        BigDecimal percent,
        int direction,
        String word,
        Topic topic,
        int paragraph,
        int sentence,
        Location location) {

    /** Kinds of claims. */
    public enum Kind {
        /** "基本支出174.82万元". */
        AMOUNT,
        /** "占65.18%". */
        SHARE,
        /** "比上年预算减少9.72万元". */
        CHANGE,
        /** "下降5.27%". */
        RATE,
        /** "与上年持平". */
        FLAT,
        /** "新增". */
        NEW,
        /** "主要原因是…" (word holds the reason text, possibly empty). */
        REASON,
        /** "项目6个" (figure null, percent holds the count). */
        COUNT
    }

    public int start() {
        return location.start();
    }
}
