/**
 * The social value mapping tool (after the Central Government TOMs Mapping Tool): select policy
 * outcomes or award criteria of a framework edition and get the Social Value Summary (the KPIs — the
 * catalogue's measures — mapped to them), a mapping sheet for reporting commitments and delivery
 * against them, a regional delivery view and a printable KPI list.
 */
package org.dualimpact.kernel.mapping;
