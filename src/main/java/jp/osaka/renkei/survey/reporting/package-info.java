/**
 * The survey's read contract for reporting: the submitted answers, counted and listed in SQL that this module owns
 * over its own tables (survey_response, rating, instrument, instrument_item, partner), returning records. Other
 * modules (results) read the answers only through it, so Spring Modulith sees the dependency; it checks no access
 * itself: its callers' services do (docs/decisions/0017-survey-read-contract.md).
 */
@NamedInterface("reporting")
@NullMarked
package jp.osaka.renkei.survey.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
