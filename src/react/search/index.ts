// The toolbar's free-text search box.
export { AgentSearch, type AgentSearchProps } from './AgentSearch';
