// The gateway's GraphQL sandbox: GraphiQL, served with React from the gateway itself, so that it works on a network
// without internet access. Its tabs and headers come from /sandbox/config.json. Queries and mutations go as JSON;
// subscriptions as GraphQL over server-sent events (graphql-sse), each result shown as it arrives.
/* global React, ReactDOM, GraphiQL, graphqlSse, fetch, document */
(async () => {
  const config = await (await fetch('/sandbox/config.json')).json();
  const json = GraphiQL.createFetcher({ url: config.endpoint });

  /** Whether the operation to run is a subscription (by its name, or the document's first operation). */
  const isSubscription = ({ query, operationName }) => {
    const text = String(query).replace(/#[^\n\r]*/g, '');
    if (operationName) return new RegExp(`\\bsubscription\\s+${operationName}\\b`).test(text);
    return /^\s*subscription\b/.test(text);
  };

  /** A subscription's results as GraphiQL shows them: an async iterable, ended by GraphiQL's stop button. */
  const subscribe = (params, options) => {
    const client = graphqlSse.createClient({
      url: config.endpoint,
      headers: () => options?.headers ?? {},
      singleConnection: false,
      retryAttempts: 0,
    });
    const results = client.iterate(params);
    return {
      [Symbol.asyncIterator]: () => ({
        next: () => results.next(),
        return: async () => {
          await results.return?.();
          client.dispose();
          return { done: true, value: undefined };
        },
      }),
    };
  };

  const fetcher = (params, options) => (isSubscription(params) ? subscribe(params, options) : json(params, options));
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
