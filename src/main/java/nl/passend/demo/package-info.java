/**
 * Demo region: fictional data for demonstrations; loaded by the run command only.
 * <p>
 * Two made-up samenwerkingsverbanden, shaped like real ones (a large PO SWV with eight werkgebieden
 * and a smaller one with three), with schools, boards, municipalities, pupil counts and one demo
 * account per role; in each, forty pupils with their parents and TLV cases in every state, made
 * through the real services as the demo accounts. Nothing here is used in tests of other modules or in
 * production: the loader only runs when {@code passend.demo.enabled=true}.
 */
package nl.passend.demo;
