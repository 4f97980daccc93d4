// SurveyJS (survey-core model, survey-js-ui renderer with its default theme).
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

window.renderPeer = ({ survey }, container) => {
  renderSurvey(new Model(survey), container);
};
