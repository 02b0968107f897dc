package org.gongkai.core.derive.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.amount.Rounding;

/**
 * One quantity of the canonical figure tree: its exact amount, its displayed value and its parts. A
 * node's displayed value is allocated among its children, so every displayed total is the sum of its
 * displayed parts.
 */
final class Node {
    final String code;
    Amount exact = Amount.ZERO;
    BigDecimal shown;
    /** Parts by code, in code order (the order tables print them in). */
    final Map<String, Node> children = new TreeMap<>();

    Node(String code) {
        this.code = code;
    }

    Node child(String childCode) {
        return children.computeIfAbsent(childCode, Node::new);
    }

    /** Adds an amount to this node and to the chain of descendants named by {@code path}. */
    void add(Amount amount, String... path) {
        Node n = this;
        n.exact = n.exact.plus(amount);
        for (String p : path) {
            n = n.child(p);
            n.exact = n.exact.plus(amount);
        }
    }

    /** Node at a path below this one, or null. */
    Node at(String... path) {
        Node n = this;
        for (String p : path) {
            n = n.children.get(p);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** Fixes the displayed value of every descendant top-down from this node's displayed value. */
    void allocate(DisplayUnit unit) {
        if (children.isEmpty()) {
            return;
        }
        if (children.size() == 1) {
            // A single part shows its parent's figure; no allocation needed (the common case).
            Node only = children.values().iterator().next();
            only.shown = shown;
            only.allocate(unit);
            return;
        }
        List<Amount> parts = new ArrayList<>(children.size());
        for (Node c : children.values()) {
            parts.add(c.exact);
        }
        List<BigDecimal> shares = Rounding.allocate(parts, shown, unit);
        int i = 0;
        for (Node c : children.values()) {
            c.shown = shares.get(i++);
            c.allocate(unit);
        }
    }

    /** Rounds this node on its own and allocates downwards. */
    void roundAndAllocate(DisplayUnit unit) {
        shown = unit.round(exact);
        allocate(unit);
    }
}
