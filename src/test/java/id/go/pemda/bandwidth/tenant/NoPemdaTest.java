package id.go.pemda.bandwidth.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.support.ApplicationTest;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A name of no Pemda is refused with the reason, never taken for Samarinda's: an instance started
 * by no Pemda's user and about no OPD, an OPD code whose prefix names no Pemda on the deployment,
 * the settings of such a Pemda.
 */
@ApplicationTest
class NoPemdaTest {

  @Autowired ProcessEngine engine;
  @Autowired PemdaSettingsService settings;

  @Test
  void an_instance_without_a_pemda_is_refused_and_nothing_starts() {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CampaignContract.KEY).count();

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(CampaignContract.KEY))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("tidak dapat dimulai tanpa Pemda");

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CampaignContract.KEY).count()).isEqualTo(before);
  }

  @Test
  void an_opd_code_of_no_pemda_on_the_deployment_is_refused() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(TransitionContract.KEY, "KUTIM.DINKES",
            Map.of(TransitionContract.OPD_CODE.name(), "KUTIM.DINKES", TransitionContract.CAMPAIGN_ID.name(), 1L)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Kode OPD 'KUTIM.DINKES' tidak termasuk Pemda mana pun");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("KUTIM.DINKES").count())
        .isZero();
    assertThatThrownBy(() -> settings.ofName("kutim.diskominfo"))
        .isInstanceOf(PemdaSettingsService.UnknownPemda.class);
  }
}
