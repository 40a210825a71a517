package io.tcckafka.orchestrator.api;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferView;
import io.tcckafka.orchestrator.transfer.Transfer;
import io.tcckafka.orchestrator.transfer.TransferService;

@RestController
@RequestMapping("/api/transfers")
class TransferController {

    private final TransferService transfers;

    TransferController(TransferService transfers) {
        this.transfers = transfers;
    }

    /** The same request as on the topic; answers 202 with the current status (REJECTED for an invalid one). */
    @PostMapping
    ResponseEntity<TransferView> submit(@RequestBody TransferRequest request) {
        Transfer transfer;
        try {
            transfer = transfers.submit(request);
        } catch (DataIntegrityViolationException firstSubmissionRacedAnother) {
            transfer = transfers.submit(request);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Views.transfer(transfer));
    }

    @GetMapping("/{transferId}")
    ResponseEntity<TransferView> get(@PathVariable String transferId) {
        return ResponseEntity.ok(transfers.find(transferId).map(Views::transfer).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no transfer " + transferId)));
    }
}
