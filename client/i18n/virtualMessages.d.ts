/**
 * One language of the message catalogue, merged over every area (tools/messagesByLanguage.ts):
 * `virtual:baton-messages/<lang>` the messages a map's first screen shows,
 * `virtual:baton-messages/<lang>-later` the rest (KB23).
 */
declare module "virtual:baton-messages/*" {
  const messages: Readonly<Record<string, string>>;
  export default messages;
}
