/**
 * The HTTP load client (docs/performance.md): simulated users that speak Vaadin's client–server protocol to a running
 * app (docs/performance.md). Test code, run by {@code ./mvnw -Pload}; never part of the app's jar.
 */
@NullMarked
package jp.osaka.renkei.load;

import org.jspecify.annotations.NullMarked;
