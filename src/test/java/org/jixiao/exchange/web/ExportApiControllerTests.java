package org.jixiao.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.jixiao.exchange.GoalTableExports;
import org.jixiao.exchange.PdfFontUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** A server without a Chinese font answers a PDF download with a reason in Chinese (503), not an error page. */
class ExportApiControllerTests {

    @Test
    void aMissingFontIsA503WithTheFixInChinese() throws Exception {
        GoalTableExports exports = mock(GoalTableExports.class);
        String reason = "无法生成 PDF：服务器上没有找到可嵌入的中文字体。请管理员安装文泉驿正黑字体";
        when(exports.unitYearPdf("807001", 2024)).thenThrow(new PdfFontUnavailableException(reason));
        when(exports.tablePdf(7)).thenThrow(new PdfFontUnavailableException(reason));
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ExportApiController(exports)).build();
        for (String path : new String[]{"/api/v1/units/807001/years/2024/goal-tables.pdf", "/api/v1/goal-tables/7.pdf"}) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(503);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains(reason, "暂时无法生成 PDF").doesNotContain("Exception", "at org.");
        }
    }
}
