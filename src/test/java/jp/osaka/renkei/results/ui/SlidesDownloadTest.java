package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;

import jp.osaka.renkei.DemoDataTest;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** 資料's 「PowerPoint で保存」: in the toolbar, which is not printed, and its download is the round's slides. */
@DemoDataTest
class SlidesDownloadTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("viewer")
    void theReportsToolbarDownloadsTheRoundsSlidesAsPowerPoint() throws Exception {
        UI.getCurrent().navigate("results/report", QueryParameters.fromString("round=2021&compare=2017"));
        assertThat(getCurrentView()).isInstanceOf(ReportView.class);
        Anchor link = find(Anchor.class).id("download-pptx");
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getElement().getAttribute("download")).isNotNull();
        assertThat(link.getChildren().filter(Button.class::isInstance).map(button -> ((Button) button).getText()))
                .containsExactly("PowerPoint で保存");
        assertThat(link.getParent().orElseThrow().getParent().orElseThrow().getParent().orElseThrow()
                .getElement().getClassList()).contains("no-print");

        VaadinResponse response = mock(VaadinResponse.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(out);
        VaadinSession session = VaadinSession.getCurrent();
        StreamResourceRegistry.ElementStreamResource resource = session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class,
                        URI.create(link.getElement().getAttribute("href")))
                .orElseThrow();
        ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(
                new DownloadEvent(mock(VaadinRequest.class), response, session, link.getElement()));

        verify(response).setContentType(SlidesDownload.CONTENT_TYPE);
        try (XMLSlideShow slides = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(slides.getSlides()).extracting(XSLFSlide::getTitle).contains(
                    "区役所：各機関との連携度（区の数）", "相談支援室：各機関との連携度（区の数）", "まとめ");
            // the reference survey and the two instruments, as native charts
            assertThat(slides.getCharts()).hasSize(3).allSatisfy(chart -> assertThat(chart.getChartSeries()).isNotEmpty());
            XSLFChart office = slides.getCharts().get(1);
            assertThat(office.getChartSeries().getFirst().getSeries(0).getCategoryData().getPointAt(0))
                    .isEqualTo("1.医師会 令和3年度");
        }
    }
}
