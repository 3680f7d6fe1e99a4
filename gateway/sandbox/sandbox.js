// The gateway's GraphQL sandbox: GraphiQL, served with React from the gateway itself, so that it works on a network
// without internet access. Its tabs and headers come from /sandbox/config.json.
/* global React, ReactDOM, GraphiQL, fetch, document */
(async () => {
  const config = await (await fetch('/sandbox/config.json')).json();
  const fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: config.tabs,
      defaultHeaders: config.headers,
      shouldPersistHeaders: config.persistHeaders,
      defaultEditorToolsVisibility: true,
    }),
  );
})();
