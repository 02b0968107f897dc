package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowKeysTest {

    @Test
    void aCodeLeadingTheLabelIsReadJoinedOrInGroups() {
        assertThat(RowKeys.leadingCode("201 一般公共服务支出")).contains("201");
        assertThat(RowKeys.leadingCode("210卫生健康支出")).contains("210");
        assertThat(RowKeys.leadingCode("2010301 行政运行")).contains("2010301");
        // some layouts print the code in its 类/款/项 groups inside one cell, the name glued on
        assertThat(RowKeys.leadingCode("301 01基本工资")).contains("30101");
        assertThat(RowKeys.leadingCode("201 03 01 行政运行")).contains("2010301");
        assertThat(RowKeys.leadingCode("302　11差旅费")).contains("30211");
    }

    @Test
    void numbersThatAreNotACodeBeforeANameStayLabels() {
        assertThat(RowKeys.leadingCode("2025年预算数")).isEmpty();
        assertThat(RowKeys.leadingCode("301 01")).isEmpty();
        assertThat(RowKeys.leadingCode("3010 1基本工资")).isEmpty();
        assertThat(RowKeys.leadingCode("301 012基本工资")).isEmpty();
        assertThat(RowKeys.leadingCode("合计")).isEmpty();
    }

    @Test
    void splitCodeCellsAreJoined() {
        assertThat(RowKeys.joinCode(List.of("201", "05", "04"))).isEqualTo("2010504");
        assertThat(RowKeys.joinCode(List.of("302", "211"))).isEqualTo("30211");
    }
}
