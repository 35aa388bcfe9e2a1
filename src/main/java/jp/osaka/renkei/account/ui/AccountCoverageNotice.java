package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.html.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.osaka.renkei.account.WardAccountCoverage;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.ward.Ward;

/** ユーザー管理: the wards and ward roles without an enabled account (nobody can answer for them), or that none lack one. */
class AccountCoverageNotice extends Paragraph {

    private static final List<Role> WARD_ROLES = List.of(Role.WARD_OFFICE, Role.SUPPORT_ROOM);

    private final WardAccountCoverage coverage;
    private final List<Ward> wards;

    AccountCoverageNotice(WardAccountCoverage coverage, List<Ward> wards) {
        this.coverage = coverage;
        this.wards = wards;
        setId("account-coverage");
    }

    /** Reads the accounts again (the view calls it after every change of a user). */
    void refresh() {
        Map<Long, Set<Role>> active = coverage.activeWardRoles();
        List<String> missing = new ArrayList<>();
        for (Ward ward : wards) {
            for (Role role : WARD_ROLES) {
                if (!WardAccountCoverage.covered(active, ward.getId(), role)) {
                    missing.add(getTranslation("users.coverage.item", ward.getName().get(getLocale()),
                            getTranslation(role.messageKey())));
                }
            }
        }
        removeClassNames("coverage-missing", "coverage-complete");
        if (missing.isEmpty()) {
            setText(getTranslation("users.coverage.all"));
            addClassName("coverage-complete");
        } else {
            setText(getTranslation("users.coverage.missing",
                    String.join(getTranslation("users.coverage.separator"), missing)));
            addClassName("coverage-missing");
        }
    }
}
