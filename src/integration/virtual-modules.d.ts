declare module 'virtual:setlist/content-state' {
  const state: import('../route-data/content-state.ts').ContentState;
  export default state;
}
