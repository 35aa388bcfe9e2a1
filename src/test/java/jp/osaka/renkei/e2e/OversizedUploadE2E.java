package jp.osaka.renkei.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * 回答の取り込み over real HTTP: the signed-in administrator's browser posts 20 MB straight to the upload's
 * target, past the component's own size check in the browser. The server refuses the file; nothing of it
 * reaches the import.
 */
class OversizedUploadE2E extends EndToEndTest {

    @Test
    void aRequestOverTheSizeLimitSentPastTheBrowsersCheckIsRefusedByTheServer() {
        signIn("admin");
        open("admin/import");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#import-upload"))
                .isVisible();

        String answer = (String) page.evaluate("""
                async () => {
                  const target = document.querySelector('#import-upload').target;
                  const response = await fetch(target, { method: 'POST', body: new Uint8Array(20 * 1024 * 1024),
                      headers: { 'X-Filename': 'big.csv', 'Content-Type': 'text/csv' } });
                  return response.status + ' ' + await response.text();
                }""");

        System.out.println("answer to 20 MB: " + answer);
        assertThat(answer).doesNotStartWith("200").contains("big.csv");
        assertThat(page.locator("#import-result").textContent()).isEmpty();
    }
}
