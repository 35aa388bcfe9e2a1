package jp.osaka.renkei.results;

/**
 * Who answered: the wards whose response to an instrument is submitted in a round (or, for a comparison,
 * in both rounds), out of all wards — shown everywhere as 「回答 n / 24区」.
 */
public record Respondents(int submitted, int wards) {

    /** Every ward answered: a count of wards means the same as in a round where all answered. */
    public boolean complete() {
        return submitted >= wards;
    }

    /** So few answered that a ward's answer could be worked out from the totals. */
    public boolean below(int minimum) {
        return submitted < minimum;
    }
}
