// The contract's view of rules/limits.ts (shared rules below db/, the core and the renderer: docs/architecture.md).
export * from '../../rules/limits';
