package org.vfmworkbook.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import org.vfmworkbook.web.NotFoundProblem;
import org.vfmworkbook.workbook.AuditEntry;
import org.vfmworkbook.workbook.Workbook;

/** Who a workbook is shared with, changes to that (audited in the workbook's trail), and the facts {@link AccessRules} needs. */
@ApplicationScoped
public class WorkbookSharing {

    /** The access facts for a workbook, or empty when there is no such workbook. */
    @Transactional
    public Optional<WorkbookAccess> accessFor(long workbookId) {
        Workbook workbook = Workbook.findById(workbookId);
        if (workbook == null) {
            return Optional.empty();
        }
        List<WorkbookShare> shares = WorkbookShare.activeFor(workbookId);
        Set<String> users = shares.stream()
                .filter(s -> s.username != null)
                .map(s -> s.username)
                .collect(Collectors.toSet());
        Set<String> regions = shares.stream()
                .filter(s -> s.regionCode != null)
                .map(s -> s.regionCode)
                .collect(Collectors.toSet());
        return Optional.of(new WorkbookAccess(
                workbook.councilCode, users, regions, workbook.status == Workbook.Status.SIGNED_OFF));
    }

    @Transactional
    public WorkbookShare shareWithUser(long workbookId, User by, String username) {
        return share(workbookId, by, Account.normalise(username), null);
    }

    @Transactional
    public WorkbookShare shareWithRegion(long workbookId, User by, String regionCode) {
        return share(workbookId, by, null, regionCode);
    }

    @Transactional
    public void withdraw(long workbookId, long shareId, User by) {
        requireCanShare(workbookId, by);
        WorkbookShare share = WorkbookShare.findById(shareId);
        if (share == null || share.workbookId != workbookId || share.withdrawnAt != null) {
            throw new NotFoundProblem("No current share with id " + shareId);
        }
        share.withdrawnAt = Instant.now();
        share.withdrawnBy = by.username();
        audit(workbookId, by, share.describe(), null);
    }

    /** The region of the workbook's council, whose peer reviewers it can be shared with; null when unknown. */
    @Transactional
    public String regionOf(long workbookId) {
        Workbook workbook = Workbook.findById(workbookId);
        return workbook == null
                ? null
                : org.vfmworkbook.nationaldata.Council.<org.vfmworkbook.nationaldata.Council>findByIdOptional(
                                workbook.councilCode)
                        .map(council -> council.regionCode)
                        .orElse(null);
    }

    /** Workbooks with a current share naming this person or their region; {@link AccessRules} decides which of them they may read. */
    @Transactional
    public Set<Long> sharedWith(User user) {
        List<WorkbookShare> shares = WorkbookShare.list(
                "withdrawnAt is null and (username = ?1 or regionCode = ?2)",
                user.username(),
                user.regionCode() == null ? "" : user.regionCode());
        return shares.stream().map(share -> share.workbookId).collect(Collectors.toSet());
    }

    @Transactional
    public List<WorkbookShare> active(long workbookId) {
        return WorkbookShare.activeFor(workbookId);
    }

    private WorkbookShare share(long workbookId, User by, String username, String regionCode) {
        requireCanShare(workbookId, by);
        WorkbookShare share = new WorkbookShare();
        share.workbookId = workbookId;
        share.username = username;
        share.regionCode = regionCode;
        share.sharedBy = by.username();
        share.sharedAt = Instant.now();
        share.persist();
        audit(workbookId, by, null, share.describe());
        return share;
    }

    private void requireCanShare(long workbookId, User by) {
        WorkbookAccess access =
                accessFor(workbookId).orElseThrow(() -> new NotFoundProblem("No workbook with number " + workbookId));
        if (!AccessRules.canReadWorkbook(by, access)) {
            throw new NotFoundProblem("No workbook with number " + workbookId);
        }
        if (!AccessRules.canShare(by, access)) {
            throw new ForbiddenException();
        }
    }

    private static void audit(long workbookId, User by, String oldValue, String newValue) {
        AuditEntry entry = new AuditEntry();
        entry.workbookId = workbookId;
        entry.what = "WorkbookShare";
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        entry.who = by.username();
        entry.at = Instant.now();
        entry.persist();
    }
}
