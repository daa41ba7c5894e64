/** Messages of the canvas: stages, lanes, cards, links, the inspector, the toolbar. */
export const editorMessages = {
  en: {
    "editor.addStage": "Add stage",
    "editor.addLane": "Add lane",
    "editor.addCard": "Add card",
  },
  de: {
    "editor.addStage": "Phase hinzufügen",
    "editor.addLane": "Bahn hinzufügen",
    "editor.addCard": "Karte hinzufügen",
  },
};
