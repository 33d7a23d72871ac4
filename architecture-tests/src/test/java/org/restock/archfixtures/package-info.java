/**
 * Classes that break the architecture rules on purpose, laid out like Restock under
 * {@code org.restock.archfixtures}. {@code RulesBiteTest} checks the rules against them and
 * expects each named breach to be reported, and each well-behaved neighbour not to be.
 * They live in test sources, so the rules over the product never see them.
 */
package org.restock.archfixtures;
