package jp.osaka.renkei.demo;

import jp.osaka.renkei.results.Conclusions;

/** まとめ and 今後の方向性 of 令和3年度 as the seed (資料３) states them, with an English rendering, and its 資料番号. */
final class DemoConclusions {

    static final int FISCAL_YEAR = 2021;

    private static final String SUMMARY_JA = """
            ・平成29年度と比較し、区役所・相談支援室ともに、全体的に各機関との連携が進んでいる。
            ・各区に『理学療法士会』が存在していることが認知されておらず、今後連携を進めていくためには、周知をしていく必要がある。
            ・地域支援事業を一体的に進めていくためには、『地域包括支援センター』、『総合相談窓口(ブランチ)』『社会福祉協議会』との連携が不可欠であり、連携を強化していく必要がある。
            ・区役所担当者と在宅医療・介護連携支援コーディネーターとの連携において、「とても連携できている」の回答に相違がある。""";
    private static final String SUMMARY_EN = """
            - Compared with FY2017, both ward offices and support rooms cooperate better with partners overall.
            - That a physical therapists' association exists in each ward is not widely known; to cooperate with it, it must be made known.
            - To run community support projects as one, cooperation with community general support centres, general consultation desks (branches) and social welfare councils is essential and must be strengthened.
            - Ward office staff and home care coordinators answer "very well" about each other differently.""";
    private static final String DIRECTION_JA = """
            ＃地域における医療・介護の様々な関係機関との連携の強化
            ＃顔の見える関係から、切れ目のない医療・介護の提供体制の構築の深化""";
    private static final String DIRECTION_EN = """
            # Stronger cooperation with the many medical and care partners in each community
            # From knowing each other's faces to a seamless system of medical and nursing care""";

    private static final String DOCUMENT_LABEL = "資料３";

    private DemoConclusions() {
    }

    static Conclusions of2021() {
        return new Conclusions(FISCAL_YEAR, SUMMARY_JA, SUMMARY_EN, DIRECTION_JA, DIRECTION_EN, DOCUMENT_LABEL);
    }
}
