/**
 * Node flags the api and worker run with (Dockerfile, `npm run start:*`, the demo, the bench).
 * V8 lets its old generation grow towards a share of the machine's memory (~4 GB on 24 GiB)
 * before collecting it in earnest, so an idle-looking process under load held 270–340 MB of
 * garbage; a heap snapshot after the POST /needs load showed ~50 MB live. A 160 MB ceiling
 * keeps each process under 300 MB resident with three times its live heap to spare.
 */
export const APP_NODE_FLAGS = ['--max-old-space-size=160'] as const;
