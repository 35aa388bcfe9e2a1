/** What every feature uses: layout and error pages, security, i18n. An open module. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package jp.osaka.renkei.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
