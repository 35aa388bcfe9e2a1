package jp.osaka.renkei.survey.transfer;

/** How much an imported file may hold: its size in bytes and its number of data rows. */
public record ImportLimits(long maxBytes, int maxRows) {

    public ImportLimits {
        if (maxBytes < 1 || maxBytes >= Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 1 byte and 2 GB: " + maxBytes);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(5 * 1024 * 1024, 20_000);
    }
}
