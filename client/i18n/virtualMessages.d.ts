/** One language of the message catalogue, merged over every area (tools/messagesByLanguage.ts). */
declare module "virtual:baton-messages/*" {
  const messages: Readonly<Record<string, string>>;
  export default messages;
}
