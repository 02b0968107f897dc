package org.gongkai.core.derive.table;

import org.gongkai.core.disclosure.Table;
import org.gongkai.core.template.TableSpec;

/** A generic table maker, parameterised by a template's {@link TableSpec}. */
public interface TableBuilder {
    Table build(TableSpec spec, TableContext context);
}
