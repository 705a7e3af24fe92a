/** Resolves once the browser has drawn the next frame (after its paint, not before it). */
export const afterNextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
