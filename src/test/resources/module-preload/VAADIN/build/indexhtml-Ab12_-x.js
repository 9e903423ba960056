const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./generated-flow-imports-t4nGUjc-.js","./vaadin-icon-B0LlrK5h.js","./focus-mixin-CO9_HnQL.js"])))=>i.map(i=>d[i]);
import{x as y}from"./lit-DkT1.js";const a=()=>import("./generated-flow-imports-t4nGUjc-.js");
