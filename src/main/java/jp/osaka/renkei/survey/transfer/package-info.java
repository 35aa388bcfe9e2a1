/**
 * Import and export of past answers as files (CSV or .xlsx): the pure file layer, with no database,
 * Spring or UI. Cells stay text here; resolving them to wards, items and levels happens later.
 */
@NamedInterface("transfer")
@NullMarked
package jp.osaka.renkei.survey.transfer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
