import { createContext } from 'react';
import type { RouteParams } from './match-path';

/** The params of the route being rendered; empty outside a matched route, as in react-router. */
export const RouteParamsContext = createContext<RouteParams>({});
