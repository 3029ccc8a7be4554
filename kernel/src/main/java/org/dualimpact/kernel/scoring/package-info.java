/**
 * Tender scoring: the weights of price, quality and social value (summing to 100 %, social value at
 * least the configurable policy minimum), social value criteria drawn from a framework edition, two
 * social value methods (evaluator marks with moderated consensus; quantitative net proxy value of the
 * bid's SPO commitments relative to the best bid, optionally per pound), bids whose commitment values
 * are frozen at the date of commitment, and an {@link Evaluation} that explains every point line by
 * line and is reproducible from stored inputs. The rules, including ties and missing marks, are on
 * {@link Evaluator}.
 *
 * <p>The use cases: {@link ScoringSetup}, {@link BidSubmission}, {@link BidMarking},
 * {@link TenderEvaluation} and {@link EvaluationDocument}.
 */
package org.dualimpact.kernel.scoring;
