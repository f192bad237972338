/**
 * Demo region: fictional data for demonstrations; loaded by the run command only.
 * <p>
 * Two made-up samenwerkingsverbanden, shaped like real ones (a large PO SWV with eight werkgebieden
 * and a smaller one with three), with schools, boards, municipalities, pupil counts and one demo
 * account per role. Nothing here is used in tests of other modules or in production: the loader only
 * runs when {@code passend.demo.enabled=true}.
 */
package nl.passend.demo;
