// The fact-checker's worklist: verdicts, anchoring reviews to claims, the sidecar file that keeps reviews beside the article,
// the ClaimReview export, the Markdown report and the order claims are best checked in.
export * from './verdicts';
export * from './anchor';
export * from './sidecar';
export * from './claimReview';
export * from './report';
export * from './worthiness';
