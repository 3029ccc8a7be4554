/**
 * The procurement maturity diagnostic: a self-assessment of how well an organisation buys.
 *
 * <p><b>Frameworks.</b> A {@link org.dualimpact.kernel.diagnostic.Framework} version groups value
 * codes into sections; each value code describes what attainment looks like at every level (by
 * default 1 Minimum, 2 Developing, 3 Mature, 4 Leader, 5 Innovator; a file may name 2 to 7 levels of
 * its own). Frameworks are imported as a
 * {@link org.dualimpact.kernel.diagnostic.FrameworkDefinition} that the import adapter reads from
 * JSON, every problem named by its place; identified by name and version label, and never altered
 * once imported. The product ships its own concise default framework (with the import adapter).
 *
 * <p><b>Assessments.</b> An {@link org.dualimpact.kernel.diagnostic.Assessment} is a buyer
 * organisation's response to one framework version. Its users (role {@code buyer}) are its
 * respondents: each saves a level or <em>unscored</em> and a comment per value code, as often as
 * they like, under optimistic locking; submission requires every value code answered and freezes
 * the answers; a new assessment may start as a copy of a submitted one. An organisation sees only
 * its own assessments.
 *
 * <p><b>Consolidation.</b> The organisation's answer to a value code is the weakest level any
 * respondent gave — never an average; unscored answers abstain; disagreement is flagged
 * ({@link org.dualimpact.kernel.diagnostic.ConsolidatedAnswer}). A consolidated answer at the top
 * level flags a potential case study.
 *
 * <p><b>Reports and comparison.</b> {@link org.dualimpact.kernel.diagnostic.AssessmentReport}: counts
 * per level overall and per section, which value codes sit where, each section's weakest level and
 * median, comments, progress, targets and their gap. {@link org.dualimpact.kernel.diagnostic.Benchmark}:
 * distributions over peers' submitted assessments in a territory, a region or everywhere, never
 * naming an organisation and suppressed entirely below a configurable minimum group size.
 */
package org.dualimpact.kernel.diagnostic;
