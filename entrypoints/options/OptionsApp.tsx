/** Settings: researcher identity, pauses, the active dictionary. */
export function OptionsApp() {
  return <main><h1>Spoor settings</h1></main>;
}
