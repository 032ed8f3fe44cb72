export * from './make-demo-assessment';
export { DEMO_ASSESSORS, DEMO_CANDIDATES, DEMO_COMPETENCY_IDS, DEMO_EXERCISES, DEMO_SESSION } from './demo-cast';
